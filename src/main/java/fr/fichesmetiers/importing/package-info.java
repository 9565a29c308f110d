/** The import job: CSV files from French spreadsheets validated, staged and published as a catalog version. */
package fr.fichesmetiers.importing;
