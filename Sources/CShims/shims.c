// SwiftPM needs a source file in a C target; everything is inline in the header.
#include "CShims.h"
