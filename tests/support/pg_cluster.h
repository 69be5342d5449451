// A throwaway PostgreSQL 15 + PostGIS 3 cluster for one test: initdb in a fresh folder under
// /tmp, started on a Unix socket only (no TCP port, so tests never collide or reach a real
// server), a database "atlas" with PostGIS, stopped and removed when the object goes.
// initdb refuses to run as root: as root, the server's commands run as the `postgres` user
// (runuser) and its folders are owned by it. Binaries: /usr/lib/postgresql/15/bin, or
// $PARKATLAS_PG_BIN; installed by tools/install-deps (postgresql-15-postgis-3).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace test_support {

class PgCluster {
public:
    static std::filesystem::path bin_dir() {
        const char* env = std::getenv("PARKATLAS_PG_BIN");
        return env && *env ? env : "/usr/lib/postgresql/15/bin";
    }
    // Empty when a cluster can be made here; else what is missing, and how to get it.
    static std::string missing() {
        namespace fs = std::filesystem;
        std::error_code ec;
        for (const char* tool : {"initdb", "pg_ctl", "psql"})
            if (!fs::exists(bin_dir() / tool, ec) && !(std::string(tool) == "psql" && fs::exists("/usr/bin/psql", ec)))
                return std::string("PostgreSQL 15 is not installed (no ") + (bin_dir() / tool).string() +
                       "): run tools/install-deps (it installs postgresql-15-postgis-3)";
        if (!fs::exists("/usr/share/postgresql/15/extension/postgis.control", ec))
            return "PostGIS 3 for PostgreSQL 15 is not installed: run tools/install-deps (postgresql-15-postgis-3)";
        if (geteuid() == 0 && !getpwnam("postgres")) return "running as root, and there is no `postgres` user to run the server as";
        return {};
    }

    PgCluster() {
        namespace fs = std::filesystem;
        if (const std::string why = missing(); !why.empty()) throw std::runtime_error(why);
        // Short and fixed per process: a socket's path must stay under 108 bytes.
        root_ = fs::path("/tmp") / ("parkatlas-pg-" + std::to_string(getpid()));
        fs::remove_all(root_);
        fs::create_directories(root_ / "sock");
        if (geteuid() == 0) sh("chown -R postgres: " + root_.string());
        server("initdb -D " + data_dir() + " -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync > " +
               (root_ / "initdb.log").string() + " 2>&1");
        start();
        psql_ok("CREATE DATABASE atlas", "postgres");
        psql_ok("CREATE EXTENSION postgis");
    }
    ~PgCluster() {
        if (running_) sh(as_server(bin("pg_ctl") + " -D " + data_dir() + " -m immediate -w stop") + " > /dev/null 2>&1");
        std::error_code ec;
        std::filesystem::remove_all(root_, ec);
    }
    PgCluster(const PgCluster&) = delete;
    PgCluster& operator=(const PgCluster&) = delete;

    void start() {
        server("pg_ctl -D " + data_dir() + " -l " + (root_ / "server.log").string() + " -w -t 60 -o '-k " + socket_dir() +
               " -c listen_addresses= -c fsync=off' start > /dev/null");
        running_ = true;
    }
    void stop() {
        server("pg_ctl -D " + data_dir() + " -m fast -w stop > /dev/null");
        running_ = false;
    }

    std::string socket_dir() const { return (root_ / "sock").string(); }
    // "PG:host=SOCKET dbname=atlas user=postgres" and what follows (" tables=public.parks").
    std::string connection(const std::string& extra = "", const std::string& db = "atlas") const {
        return "PG:host=" + socket_dir() + " dbname=" + db + " user=postgres" + (extra.empty() ? "" : " " + extra);
    }
    // The libpq part alone, for ogr2ogr's destination.
    std::string libpq(const std::string& db = "atlas") const { return connection("", db); }

    // Runs SQL (through a file: no shell quoting) as the superuser; returns psql's output
    // (unaligned, tuples only) and its exit code.
    std::pair<int, std::string> psql(const std::string& sql, const std::string& db = "atlas") const {
        const auto file = root_ / ("q" + std::to_string(++queries_) + ".sql");
        std::ofstream(file) << sql << "\n";
        return capture(psql_path() + " -X -q -A -t -v ON_ERROR_STOP=1 -h " + socket_dir() + " -U postgres -d " + db + " -f " +
                       file.string());
    }
    std::string psql_ok(const std::string& sql, const std::string& db = "atlas") const {
        auto [rc, out] = psql(sql, db);
        if (rc != 0) throw std::runtime_error("psql failed (" + sql + "): " + out);
        return out;
    }

    // A role that must give its password over the socket (scram-sha-256), when all others are
    // trusted: the first pg_hba.conf line that matches wins.
    void add_password_role(const std::string& role, const std::string& password) {
        psql_ok("SET password_encryption = 'scram-sha-256'; CREATE ROLE " + role + " LOGIN PASSWORD '" + password +
                "'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role + ";");
        const std::string hba = data_dir() + "/pg_hba.conf";
        sh("sed -i '1i local all " + role + " scram-sha-256' " + hba);
        server("pg_ctl -D " + data_dir() + " -w reload > /dev/null");
        // A reload is asynchronous: wait until the new rule answers.
        for (int i = 0; i < 50; ++i) {
            if (capture("PGPASSWORD=x " + psql_path() + " -X -w -h " + socket_dir() + " -U " + role + " -d atlas -c 'select 1'")
                    .first != 0)
                break;
            usleep(100000);
        }
    }

    // Runs a command and returns (exit code, stdout+stderr).
    static std::pair<int, std::string> capture(const std::string& cmd) {
        FILE* pipe = popen((cmd + " 2>&1").c_str(), "r");
        if (!pipe) return {-1, "popen failed"};
        std::string out;
        char buf[4096];
        while (size_t n = fread(buf, 1, sizeof buf, pipe)) out.append(buf, n);
        const int status = pclose(pipe);
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
    }

private:
    std::string data_dir() const { return (root_ / "data").string(); }
    static std::string bin(const std::string& tool) { return (bin_dir() / tool).string(); }
    static std::string psql_path() {
        std::error_code ec;
        return std::filesystem::exists(bin_dir() / "psql", ec) ? bin("psql") : "/usr/bin/psql";
    }
    static std::string as_server(const std::string& cmd) { return geteuid() == 0 ? "runuser -u postgres -- " + cmd : cmd; }
    void server(const std::string& tool_and_args) const {
        const std::string cmd = as_server(bin_dir().string() + "/" + tool_and_args);
        if (std::system(cmd.c_str()) != 0) {
            std::ifstream log(root_ / "server.log"), init(root_ / "initdb.log");
            std::string text((std::istreambuf_iterator<char>(log)), {}), itext((std::istreambuf_iterator<char>(init)), {});
            throw std::runtime_error("failed: " + cmd + "\n" + itext + text);
        }
    }
    static void sh(const std::string& cmd) {
        if (std::system(cmd.c_str()) != 0) throw std::runtime_error("failed: " + cmd);
    }

    std::filesystem::path root_;
    bool running_ = false;
    mutable int queries_ = 0;
};

}  // namespace test_support
