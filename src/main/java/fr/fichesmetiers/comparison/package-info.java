/** The Excel workbook comparing professions, written from the published catalog with Apache POI. */
package fr.fichesmetiers.comparison;
