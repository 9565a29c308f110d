/**
 * Career profiles (fiches métiers): domain records, vocabularies, reference codes (ROME v3 and 4.0, FAP-2009, the
 * ROME → FAP crosswalk), the dated SMIC and catalog storage.
 */
package fr.fichesmetiers.fiche;
