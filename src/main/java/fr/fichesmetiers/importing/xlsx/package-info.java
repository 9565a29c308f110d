/** Excel workbooks (.xlsx) read as tables of the profiles and FAQ contracts, streamed sheet by sheet. */
package fr.fichesmetiers.importing.xlsx;
