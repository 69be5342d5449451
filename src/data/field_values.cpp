#include "data/field_values.h"

#include <cstring>

namespace data {

namespace {

constexpr uint32_t kNullBit = 0x80000000u;

uint32_t read_u32(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

}  // namespace

void FieldValues::Builder::add(std::optional<std::string_view> value) {
    if (value) bytes_.append(*value);
    ends_.push_back(uint32_t(bytes_.size()) | (value ? 0u : kNullBit));
}

FieldValues FieldValues::Builder::build() const {
    FieldValues out;
    if (ends_.empty()) return out;
    const auto count = uint32_t(ends_.size());
    out.block_size_ = sizeof(uint32_t) * (1 + ends_.size()) + bytes_.size();
    out.block_ = std::make_unique<char[]>(out.block_size_);
    char* p = out.block_.get();
    std::memcpy(p, &count, sizeof count);
    std::memcpy(p + sizeof count, ends_.data(), ends_.size() * sizeof(uint32_t));
    if (!bytes_.empty()) std::memcpy(p + sizeof(uint32_t) * (1 + ends_.size()), bytes_.data(), bytes_.size());
    return out;
}

FieldValues::FieldValues(std::initializer_list<std::optional<std::string>> values) {
    Builder b;
    for (const auto& v : values) b.add(v ? std::optional<std::string_view>(*v) : std::nullopt);
    *this = b.build();
}

FieldValues::FieldValues(const std::vector<std::optional<std::string>>& values) {
    Builder b;
    for (const auto& v : values) b.add(v ? std::optional<std::string_view>(*v) : std::nullopt);
    *this = b.build();
}

FieldValues::FieldValues(const FieldValues& other) : block_size_(other.block_size_) {
    if (other.block_) {
        block_ = std::make_unique<char[]>(block_size_);
        std::memcpy(block_.get(), other.block_.get(), block_size_);
    }
}

FieldValues& FieldValues::operator=(const FieldValues& other) {
    if (this != &other) *this = FieldValues(other);
    return *this;
}

size_t FieldValues::size() const { return block_ ? read_u32(block_.get()) : 0; }

std::optional<std::string_view> FieldValues::operator[](size_t i) const {
    const size_t n = size();
    if (i >= n) return std::nullopt;
    const char* ends = block_.get() + sizeof(uint32_t);
    const uint32_t end = read_u32(ends + i * sizeof(uint32_t));
    if (end & kNullBit) return std::nullopt;
    const uint32_t begin = i == 0 ? 0 : read_u32(ends + (i - 1) * sizeof(uint32_t)) & ~kNullBit;
    const char* bytes = block_.get() + sizeof(uint32_t) * (1 + n);
    return std::string_view(bytes + begin, end - begin);
}

bool operator==(const FieldValues& a, const FieldValues& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

}  // namespace data
