// Which monitor the room sees and which the speaker, and a window made full screen on one and
// given back its place and size afterwards.
#pragma once

struct GLFWmonitor;
struct GLFWwindow;

namespace app {

struct MonitorChoice {
    GLFWmonitor* audience = nullptr;  // the projector
    GLFWmonitor* speaker = nullptr;   // the laptop's screen; null with one monitor
};

// `wanted`: --monitor N (1-based), 0 for none. With two or more monitors the audience's is the
// second (the primary is the laptop's) unless chosen, and the speaker's the first other one.
MonitorChoice choose_monitors(int wanted);

class FullScreen {
public:
    bool on() const { return on_; }
    // Full screen on `monitor` at its current mode; false when it has none.
    bool enter(GLFWwindow* window, GLFWmonitor* monitor);
    // Back to the window it was, where it was.
    void leave(GLFWwindow* window);

private:
    bool on_ = false;
    int x_ = 0, y_ = 0, w_ = 0, h_ = 0;
};

}  // namespace app
