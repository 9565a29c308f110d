/**
 * Running things: the feature jobs on their own, job definitions as one run (and their restart), the scheduler,
 * the data directory's run lock, and what a run leaves behind (the HTML report, the manifest).
 */
package fr.fichesmetiers.jobs.run;
