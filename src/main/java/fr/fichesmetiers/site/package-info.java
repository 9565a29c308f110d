/**
 * The counselors' static site: index, a page per guide and per profile, search data, written from the published
 * catalog with precompiled JTE templates, opened from a shared drive or any web server.
 */
package fr.fichesmetiers.site;
