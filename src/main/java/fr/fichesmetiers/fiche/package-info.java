/** Career profiles (fiches métiers): domain records, vocabularies, reference codes and catalog storage. */
package fr.fichesmetiers.fiche;
