package fr.fichesmetiers.comparison;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;

import fr.fichesmetiers.support.Messages;

/** The page setup every sheet shares: A4, one page wide, the sheet's name and page numbers in the footer. */
final class PrintLayout {

    private PrintLayout() {
    }

    /** @param landscape whether the sheet is wider than an A4 page in portrait */
    static void apply(Sheet sheet, boolean landscape, Messages messages) {
        PrintSetup print = sheet.getPrintSetup();
        // Set on every sheet: without it a sheet prints on the reader's default paper, US Letter for many.
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        // One page wide, as many pages tall as needed: a column cut to another page cannot be read.
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.getFooter().setLeft(messages.get("workbook.footer"));
        sheet.getFooter().setCenter("&A");
        sheet.getFooter().setRight(messages.get("workbook.page", "&P", "&N"));
    }
}
