#ifndef CLAIMCHECK_CZLIB_SHIM_H
#define CLAIMCHECK_CZLIB_SHIM_H
#include <zlib.h>
#endif
