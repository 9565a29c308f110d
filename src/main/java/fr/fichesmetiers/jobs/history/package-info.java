/**
 * What runs did and what to do with those that will not finish: {@code history}, {@code show-run}, the outcome of
 * each step of a run, {@code stop}, {@code abandon} and {@code recover}.
 */
package fr.fichesmetiers.jobs.history;
