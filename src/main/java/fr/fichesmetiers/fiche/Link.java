package fr.fichesmetiers.fiche;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A web page a profile points to, such as a professional body's site: what to call it and its address, which is
 * always an {@code http} or {@code https} URL with a host (never {@code javascript:}, {@code file:} or a bare path).
 *
 * @param label the text shown; the address itself when none is given
 */
public record Link(String label, String url) {

    public Link {
        if (!isWebAddress(url)) {
            throw new IllegalArgumentException("Not an http or https address: " + url);
        }
        url = url.strip();
        label = label == null || label.isBlank() ? url : FicheDetails.oneLine(label);
    }

    /** Whether a text is an absolute {@code http}/{@code https} URL with a host, as a link accepts it. */
    public static boolean isWebAddress(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }
}
