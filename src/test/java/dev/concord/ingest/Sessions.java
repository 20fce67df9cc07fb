package dev.concord.ingest;

import dev.concord.model.LogEvent;
import dev.concord.model.SessionEnd;
import dev.concord.model.SessionLog;
import dev.concord.model.Signal;
import dev.concord.model.SourceRef;
import dev.concord.model.Generation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Logs} builder into the session logs the rules see, through the real parser. */
public final class Sessions {
    private Sessions() {
    }

    public static SessionLog of(Logs logs) throws LineRejectedException {
        EventParser parser = new EventParser();
        List<Generation> generations = new ArrayList<>();
        Map<String, List<Signal>> signals = new HashMap<>();
        SessionEnd end = null;
        String session = null;
        int n = 0;
        for (String line : logs.lines()) {
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            for (LogEvent e : parser.parse(b, b.length, new SourceRef("t", ++n))) {
                if (e instanceof LogEvent.GenerationEvent g) {
                    generations.add(g.generation());
                    session = g.generation().session();
                } else if (e instanceof LogEvent.SignalEvent s) {
                    signals.computeIfAbsent(s.signal().generation(), k -> new ArrayList<>()).add(s.signal());
                } else if (e instanceof LogEvent.SessionEndEvent se) {
                    end = se.end();
                }
            }
        }
        return new SessionLog(session, generations, signals, end);
    }
}
