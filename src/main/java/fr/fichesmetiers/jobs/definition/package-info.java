/** Job definitions ({@code jobs/*.yml}): the records, the checking YAML loader and where definitions are found. */
package fr.fichesmetiers.jobs.definition;
