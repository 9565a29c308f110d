/** What several features share: character sets and CSV dialects, formula-safe output, atomic files, messages. */
package fr.fichesmetiers.support;
