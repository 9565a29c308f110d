/**
 * The published catalog as the read commands show it ({@code list}, {@code show}), and the checks of
 * {@code --guide} and {@code --only} against it.
 */
package fr.fichesmetiers.jobs.catalog;
