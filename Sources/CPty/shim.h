// Pseudo-terminal functions of glibc that its headers only declare under
// _XOPEN_SOURCE, which Swift's Glibc module is built without. Used by the
// benchmark to count the bytes essor writes to a terminal.
#ifndef ESSOR_CPTY_SHIM_H
#define ESSOR_CPTY_SHIM_H

extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

/// posix_spawn flag of glibc (a GNU extension): start a new session.
static inline short essor_posix_spawn_setsid(void) { return 0x80; }

#endif
