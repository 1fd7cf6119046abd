#ifndef STAKEMAP_CSHIMS_H
#define STAKEMAP_CSHIMS_H

// C that Swift cannot say itself.

// Asks the processor to start loading the cache line at `address` into its
// caches. Only a hint: it never faults and changes no result. Swift has no
// prefetch of its own, and Clang's _mm_prefetch is a macro Swift cannot import.
static inline void stakemap_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
