/** PDF brochures: one A4 fiche per profile and a booklet per guide, rendered from the published catalog. */
package fr.fichesmetiers.brochure;
