#ifndef STAKEMAP_CGRAPHVIZ_SHIM_H
#define STAKEMAP_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// Graphviz exposes graph descriptors as C globals, which Swift 6 rejects as not
/// concurrency-safe; these accessors return them by value.
static inline Agdesc_t stakemap_agdirected(void) { return Agdirected; }
static inline Agdesc_t stakemap_agundirected(void) { return Agundirected; }
static inline Agdesc_t stakemap_agstrictdirected(void) { return Agstrictdirected; }

#endif
