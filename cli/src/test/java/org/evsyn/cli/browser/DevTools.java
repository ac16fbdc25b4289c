package org.evsyn.cli.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small client of the Chrome DevTools Protocol over the JDK's own websocket: commands with their replies, and
 * every event kept in arrival order. One browser connection; pages are reached through flat sessions
 * ({@code Target.attachToTarget} with {@code flatten}), so a command names its session.
 */
public final class DevTools implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final WebSocket socket;

    private DevTools(URI endpoint) throws InterruptedException, IOException {
        try {
            socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(endpoint, new Listener())
                    .get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IOException("could not connect to " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** Connects to a browser's DevTools endpoint. */
    public static DevTools connect(URI endpoint) throws InterruptedException, IOException {
        return new DevTools(endpoint);
    }

    /**
     * Sends a command and waits up to 60 s for its result.
     *
     * @param session the page session, or null for the browser itself
     * @throws IOException when the browser answers with an error or not at all
     */
    public JsonNode call(String session, String method, Map<String, ?> params) throws IOException {
        long id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(message.toString(), true).join();
        try {
            JsonNode r = reply.get(60, TimeUnit.SECONDS);
            if (r.has("error")) {
                throw new IOException(method + " failed: " + r.get("error"));
            }
            return r.path("result");
        } catch (java.util.concurrent.ExecutionException | TimeoutException e) {
            throw new IOException(method + ": no answer within 60 s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(method + ": interrupted", e);
        } finally {
            pending.remove(id);
        }
    }

    /** Waits up to 60 s for an event of {@code method} in {@code session}; returns its params. */
    public JsonNode await(String session, String method) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            for (JsonNode e : events) {
                if (method.equals(e.path("method").asText()) && session.equals(e.path("sessionId").asText())) {
                    return e.path("params");
                }
            }
            Thread.sleep(20);
        }
        throw new IOException("no " + method + " event within 60 s");
    }

    /** Every event received so far, in order. */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> null)
                .join();
    }

    /** Joins a message's frames, then routes it: a reply to its caller, an event to the list. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder frames = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            frames.append(data);
            if (last) {
                try {
                    JsonNode m = JSON.readTree(frames.toString());
                    if (m.has("id")) {
                        CompletableFuture<JsonNode> f = pending.get(m.get("id").asLong());
                        if (f != null) {
                            f.complete(m);
                        }
                    } else {
                        events.add(m);
                    }
                } catch (IOException e) {
                    events.add(JSON.createObjectNode().put("method", "evsyn.unreadableMessage")
                            .put("text", e.getMessage()));
                }
                frames.setLength(0);
            }
            webSocket.request(1);
            return null;
        }
    }
}
