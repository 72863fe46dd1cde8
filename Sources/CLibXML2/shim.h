#ifndef CLAIMCHECK_CLIBXML2_SHIM_H
#define CLAIMCHECK_CLIBXML2_SHIM_H

// libxml2's ICU headers clash with Foundation's copy of ICU ("'UErrorCode' has different
// definitions in different modules"); we never use libxml2's ICU support.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void claimcheck_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
