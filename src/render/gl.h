// The one way this project includes OpenGL: core-profile prototypes, resolved by libOpenGL
// (GLVND) for both GLX windows and EGL headless contexts, so no loader library is needed.
#pragma once

#ifndef GL_GLEXT_PROTOTYPES
#define GL_GLEXT_PROTOTYPES 1
#endif
#include <GL/glcorearb.h>
