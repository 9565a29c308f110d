package fr.fichesmetiers.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import fr.fichesmetiers.fiche.Link;
import fr.fichesmetiers.support.Messages;

/**
 * Reads what real profiles carry besides the facts (issue 12): lists written as items separated by {@code |},
 * links written {@code label=URL}, and the day the facts were brought up to date.
 */
final class DetailRules {

    /** {@code 2024-06-25}, as ISO writes it, or {@code 25/06/2024} and {@code 25/6/2024}, as French Excel does. */
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final Messages messages;

    DetailRules(Messages messages) {
        this.messages = messages;
    }

    /** Items separated by {@code |} (or line breaks, as a multi-line cell), bullets removed, blanks left out. */
    static List<String> items(String value) {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[|\n]")).map(item -> item.replaceFirst("^\\s*[-•*–]\\s*", ""))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /**
     * The items of a list column, each at most {@code maxLength} characters, at most {@code maxItems} of them.
     *
     * @param tooManyKey the message saying there are too many, with the count and the limit
     */
    List<String> list(String value, String column, int maxLength, int maxItems, String tooManyKey,
            Consumer<RowProblem> problems) {
        List<String> items = items(value);
        for (String item : items) {
            if (item.length() > maxLength) {
                problems.accept(new RowProblem(column, item, RuleCode.TEXT_TOO_LONG, messages.get("rule.TEXT_TOO_LONG",
                        String.valueOf(item.length()), String.valueOf(maxLength))));
            }
        }
        if (items.size() > maxItems) {
            problems.accept(new RowProblem(column, value, RuleCode.TEXT_TOO_LONG, messages.get(tooManyKey,
                    String.valueOf(items.size()), String.valueOf(maxItems))));
        }
        return items;
    }

    /**
     * Links written {@code label=URL} (or a bare URL) separated by {@code |}. An address must be {@code http} or
     * {@code https} with a host: a brochure or a page never carries a {@code javascript:} or {@code file:} link.
     */
    List<Link> links(String value, String column, Consumer<RowProblem> problems) {
        List<Link> links = new ArrayList<>();
        for (String item : items(value)) {
            int split = item.lastIndexOf('=', firstUrl(item));
            String label = split > 0 ? item.substring(0, split).strip() : "";
            String url = split > 0 ? item.substring(split + 1).strip() : item;
            if (!Link.isWebAddress(url)) {
                String hint = url.contains(":") && !url.matches("(?i)https?:.*") ? "link.hint.scheme"
                        : "link.hint.format";
                problems.accept(new RowProblem(column, item, RuleCode.LINK_FORMAT,
                        messages.get("rule.LINK_FORMAT", item, messages.get(hint))));
            }
            else if (label.length() > ImportSettings.MAX_LINK_LABEL) {
                problems.accept(new RowProblem(column, item, RuleCode.TEXT_TOO_LONG, messages.get("rule.TEXT_TOO_LONG",
                        String.valueOf(label.length()), String.valueOf(ImportSettings.MAX_LINK_LABEL))));
            }
            else {
                links.add(new Link(label, url));
            }
        }
        return links;
    }

    /** Where the address starts in {@code label=https://…}: a label may hold {@code =}, an address's query too. */
    private static int firstUrl(String item) {
        int at = item.toLowerCase(java.util.Locale.ROOT).indexOf("http");
        return at < 0 ? item.length() : at;
    }

    /** The day the facts were checked, not after the import day; empty after reporting a value that is not one. */
    Optional<LocalDate> date(String value, LocalDate today, String column, Consumer<RowProblem> problems) {
        if (value == null) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : DATES) {
            try {
                LocalDate day = LocalDate.parse(value.strip(), format);
                if (day.isAfter(today)) {
                    problems.accept(new RowProblem(column, value, RuleCode.DATE_FORMAT,
                            messages.get("rule.DATE_FORMAT.future", value)));
                    return Optional.empty();
                }
                return Optional.of(day);
            }
            catch (DateTimeParseException e) {
                // Try the next spelling.
            }
        }
        problems.accept(new RowProblem(column, value, RuleCode.DATE_FORMAT, messages.get("rule.DATE_FORMAT", value)));
        return Optional.empty();
    }
}
