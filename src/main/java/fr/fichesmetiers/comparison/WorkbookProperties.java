package fr.fichesmetiers.comparison;

import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.fichesmetiers.support.Messages;

/** The file's properties, which a file manager or a mail client shows: title, subject, author, language. */
final class WorkbookProperties {

    static final String AUTHOR = "Fiches Métiers";

    private WorkbookProperties() {
    }

    static void set(XSSFWorkbook workbook, WorkbookInfo info, Messages messages) {
        POIXMLProperties properties = workbook.getProperties();
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.guide() == null ? messages.get("workbook.properties.title")
                : messages.get("workbook.properties.titleGuide", info.guide()));
        core.setSubjectProperty(messages.get("workbook.properties.subject"));
        core.setCreator(AUTHOR);
        core.setLastModifiedByUser(AUTHOR);
        core.setKeywords(messages.get("workbook.properties.keywords"));
        core.setCreated(Optional.of(new Date()));
        core.getUnderlyingProperties().setLanguageProperty(messages.locale().toLanguageTag());
        // Otherwise "Apache POI", which tells the reader nothing.
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(AUTHOR);
        properties.getExtendedProperties().getUnderlyingProperties().setCompany(AUTHOR);
    }
}
