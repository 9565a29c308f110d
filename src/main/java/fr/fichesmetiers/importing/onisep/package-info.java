/**
 * ONISEP's open data set "Idéo-Fiches métiers" (XML, often zipped) read as rows of the profiles contract: streamed,
 * mapped element by element, with ids that stay the same from one edition to the next.
 */
package fr.fichesmetiers.importing.onisep;
