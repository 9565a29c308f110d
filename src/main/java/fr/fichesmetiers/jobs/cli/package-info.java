/**
 * The command line: picocli commands holding their options, the help and usage errors in the user's language,
 * and the start of Spring (with the run lock for the commands that write) once a command line is parsed.
 */
package fr.fichesmetiers.jobs.cli;
