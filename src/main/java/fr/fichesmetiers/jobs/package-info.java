/**
 * What composes the features into a tool: {@code cli} (the command line), {@code definition} (job definitions),
 * {@code run} (running jobs and definitions, the run lock, schedule, reports), {@code history} (what runs did),
 * {@code catalog} (the read commands' views of the catalog); here, the exit codes and expected errors they share.
 */
package fr.fichesmetiers.jobs;
