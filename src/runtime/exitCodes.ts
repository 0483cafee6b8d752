/** Exit status of a process refused for its configuration (a bad setting, a connection budget that does not fit): EX_CONFIG of sysexits.h. */
export const EXIT_CONFIG = 78;
