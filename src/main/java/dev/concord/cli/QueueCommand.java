package dev.concord.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.concord.model.Attempt;
import dev.concord.model.FlagReason;
import dev.concord.model.FlaggedItem;
import dev.concord.model.Message;
import dev.concord.service.QueueService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;

@Command(name = "queue", description = "Lists the flagged queue (items that need human review), oldest first.")
final class QueueCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOption database = new DatabaseOption();

    @Option(names = "--reason", paramLabel = "R", converter = ReasonConverter.class,
            description = "only items with this reason: downvote-no-correction, many-regenerations, abandoned-session")
    FlagReason reason;

    @Option(names = "--json", description = "one JSON object per line: id, reasons, session, created, prompt, attempts")
    boolean json;

    @Override
    public Integer call() {
        QueueService queue = new QueueService(database.open());
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf("%-28s %-50s %8s  %s%n", "ID", "REASONS", "ATTEMPTS", "PROMPT");
        }
        queue.forEach(reason, item -> {
            if (json) {
                out.println(toJson(item));
            } else {
                out.printf("%-28s %-50s %8d  %s%n", item.id(), String.join(",", item.reasons().stream()
                        .map(FlagReason::code).toList()), item.attempts().size(), clip(item.promptHeadline()));
            }
        });
        out.flush();
        return 0;
    }

    private static String toJson(FlaggedItem item) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", item.id());
        ArrayNode reasons = o.putArray("reasons");
        item.reasons().forEach(r -> reasons.add(r.code()));
        o.put("session", item.session());
        o.put("created", item.createdAt().toString());
        ArrayNode prompt = o.putArray("prompt");
        for (Message m : item.prompt()) {
            prompt.addObject().put("role", m.role()).put("content", m.content());
        }
        ArrayNode attempts = o.putArray("attempts");
        ArrayNode details = o.putArray("attempt_details");
        for (Attempt a : item.attempts()) {
            attempts.add(a.output());
            ObjectNode d = details.addObject();
            d.put("generation", a.generationId());
            d.put("ts", a.ts().toString());
            d.put("model", a.model());
            d.put("rating", a.rating() == null ? null : a.rating().wireName());
            d.put("comment", a.comment());
            d.put("copied", a.copied());
            d.put("edited", a.edited());
            if (!a.toolCalls().isEmpty()) {
                ArrayNode calls = d.putArray("tool_calls");
                a.toolCalls().forEach(c -> calls.addObject().put("id", c.id()).put("name", c.name())
                        .put("arguments", c.arguments()));
            }
        }
        try {
            return JSON.writeValueAsString(o);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table cell of at most 80 characters (the queue and the leads' queue list headlines this way). */
    static String clip(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    static final class ReasonConverter implements CommandLine.ITypeConverter<FlagReason> {
        @Override
        public FlagReason convert(String value) {
            try {
                return FlagReason.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
