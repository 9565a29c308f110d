/** What every kind of input file hands the import: a header and rows of named values with their positions. */
package fr.fichesmetiers.importing.table;
