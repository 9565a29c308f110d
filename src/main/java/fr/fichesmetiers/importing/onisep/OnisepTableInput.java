package fr.fichesmetiers.importing.onisep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.fichesmetiers.fiche.SmicTable;
import fr.fichesmetiers.importing.table.TableInput;
import fr.fichesmetiers.importing.table.TableNote;
import fr.fichesmetiers.importing.table.TableRefusedException;
import fr.fichesmetiers.importing.table.TableRow;
import fr.fichesmetiers.support.Messages;

/**
 * ONISEP's file read as a table of the profiles contract: one row per {@code <metier>}, at the line where it
 * starts, streamed. The ids are given beforehand, by {@link #assignIds}, so that a profile can name the related
 * ones by their ids whatever their order in the file.
 */
public final class OnisepTableInput implements TableInput {

    private static final Logger log = LoggerFactory.getLogger(OnisepTableInput.class);

    private final OnisepXmlReader reader;
    private final OnisepMapping mapping;
    private final String fileName;
    private final Messages messages;

    private OnisepTableInput(OnisepXmlReader reader, OnisepMapping mapping, String fileName, Messages messages) {
        this.reader = reader;
        this.mapping = mapping;
        this.fileName = fileName;
        this.messages = messages;
    }

    /**
     * Opens the file (XML or zip).
     *
     * @param ids ONISEP id → our id, as {@link #assignIds} stored them
     * @param smic the SMIC in force on the import day: a starting salary below it is left out
     * @throws TableRefusedException when the file is not ONISEP's XML
     */
    public static OnisepTableInput open(Path file, OnisepSettings settings, Map<String, String> ids,
            SmicTable.Entry smic, Messages messages) throws IOException {
        String name = file.getFileName().toString();
        OnisepEdition edition = OnisepEdition.ofFileName(OnisepFiles.editionName(file));
        OnisepMapping mapping = new OnisepMapping(new GuideMapping(settings), ids, edition, smic, messages);
        return new OnisepTableInput(reader(file, messages), mapping, name, messages);
    }

    /**
     * Reads the ids of every record and gives the new ones theirs, storing them: the first pass of an import.
     *
     * @return ONISEP id → our id for every record known, the file's and earlier ones
     */
    public static Map<String, String> assignIds(Path file, OnisepIdStore store, Messages messages,
            LocalDateTime now) throws IOException {
        OnisepIds ids = new OnisepIds(store.load());
        Map<String, String> titles = new LinkedHashMap<>();
        try (OnisepXmlReader reader = reader(file, messages)) {
            OnisepMetier metier;
            while ((metier = next(reader, file, messages)) != null) {
                if (metier.identifier() != null) {
                    String title = metier.masculine() != null ? metier.masculine() : metier.name();
                    ids.idOf(metier.identifier(), title);
                    titles.putIfAbsent(metier.identifier(), title);
                }
            }
        }
        store.add(ids.added(), titles, now);
        log.info("event=onisep.ids file={} known={} added={}", file, ids.all().size() - ids.added().size(),
                ids.added().size());
        return ids.all();
    }

    @Override
    public List<String> header() {
        return OnisepColumn.headers();
    }

    @Override
    public TableRow next() {
        OnisepMetier metier = next(reader, Path.of(fileName), messages);
        if (metier == null) {
            return null;
        }
        List<TableNote> notes = new ArrayList<>();
        List<String> values = mapping.values(metier, notes::add);
        return new TableRow(metier.line(), values, notes);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static OnisepXmlReader reader(Path file, Messages messages) throws IOException {
        InputStream in;
        try {
            in = OnisepFiles.open(file);
        }
        catch (IOException e) {
            throw new TableRefusedException(messages.get("onisep.noXml", file.getFileName()), e);
        }
        try {
            return new OnisepXmlReader(in);
        }
        catch (XMLStreamException e) {
            in.close();
            throw refusal(file, e, messages);
        }
    }

    private static OnisepMetier next(OnisepXmlReader reader, Path file, Messages messages) {
        try {
            return reader.next();
        }
        catch (XMLStreamException e) {
            throw refusal(file, e, messages);
        }
    }

    private static TableRefusedException refusal(Path file, XMLStreamException e, Messages messages) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[.*?\\]\\s*"
                + "Message:\\s*", "").strip();
        return new TableRefusedException(
                messages.get("onisep.malformed", file.getFileName(), String.valueOf(line), detail), e);
    }
}
