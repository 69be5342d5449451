// The single translation unit that compiles stb_image_write (a Debian-packaged header library).
#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STBI_WRITE_NO_STDIO
#include <stb_image_write.h>
