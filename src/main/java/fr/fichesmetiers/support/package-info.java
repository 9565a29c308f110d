/**
 * What several features share: character sets and CSV dialects, formula-safe output, atomic files, messages, amounts
 * and dates as sentences write them.
 */
package fr.fichesmetiers.support;
