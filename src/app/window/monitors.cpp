#include "app/window/monitors.h"

#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <iostream>

namespace app {

MonitorChoice choose_monitors(int wanted) {
    MonitorChoice choice;
    int count = 0;
    GLFWmonitor** monitors = glfwGetMonitors(&count);
    if (!monitors || count == 0) {
        choice.audience = glfwGetPrimaryMonitor();
        return choice;
    }
    if (wanted > count)
        std::cerr << "parkatlas: --monitor " << wanted << ": there are " << count << " monitor(s); using the default\n";
    choice.audience = wanted >= 1 && wanted <= count ? monitors[wanted - 1] : monitors[count >= 2 ? 1 : 0];
    for (int i = 0; i < count && !choice.speaker; ++i)
        if (monitors[i] != choice.audience) choice.speaker = monitors[i];
    return choice;
}

bool FullScreen::enter(GLFWwindow* window, GLFWmonitor* monitor) {
    if (on_) return true;
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) return false;
    glfwGetWindowPos(window, &x_, &y_);
    glfwGetWindowSize(window, &w_, &h_);
    glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
    on_ = true;
    return true;
}

void FullScreen::leave(GLFWwindow* window) {
    if (!on_) return;
    glfwSetWindowMonitor(window, nullptr, x_, y_, std::max(w_, 320), std::max(h_, 240), 0);
    on_ = false;
}

}  // namespace app
