package dev.concord.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The team databases this computer user connected to, newest first: URL and login, never a password (a URL's
 * {@code password=} parameter is dropped). Kept in {@code <Concord home>/recent-connections}, one
 * {@code URL<TAB>LOGIN} a line.
 */
public final class RecentConnections {
    /** How many connections are remembered. */
    public static final int KEEP = 8;
    private final Path file;

    /** A remembered connection. */
    public record Connection(String url, String user) {
        @Override
        public String toString() {
            return user + " @ " + url;
        }
    }

    public RecentConnections(Path file) {
        this.file = file;
    }

    /** The list in the standard workspace. */
    public static RecentConnections standard() {
        return new RecentConnections(Workspace.standard().home().resolve("recent-connections"));
    }

    /** Newest first; empty when there is no list or it cannot be read. */
    public List<Connection> list() {
        List<Connection> out = new ArrayList<>();
        try {
            if (Files.isRegularFile(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    int tab = line.indexOf('\t');
                    if (tab > 0) {
                        out.add(new Connection(line.substring(0, tab), line.substring(tab + 1)));
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    /** Puts the connection first (without any password in its URL); the oldest beyond {@link #KEEP} are dropped. */
    public void remember(String url, String user) {
        Connection c = new Connection(withoutPassword(url), user == null ? "" : user.strip());
        List<Connection> all = new ArrayList<>(list());
        all.remove(c);
        all.add(0, c);
        StringBuilder text = new StringBuilder();
        for (Connection k : all.subList(0, Math.min(KEEP, all.size()))) {
            text.append(k.url()).append('\t').append(k.user()).append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a list that cannot be written is only a convenience lost; the connection itself worked
        }
    }

    /** The URL with its {@code password} parameter removed. */
    static String withoutPassword(String url) {
        return url.replaceAll("(?i)([?&])password=[^&]*&?", "$1").replaceAll("[?&]$", "");
    }
}
