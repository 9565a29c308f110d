/** The command line, job definitions, scheduling, run history and recovery: what composes the features. */
package fr.fichesmetiers.jobs;
