package org.evsyn.cli.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.evsyn.core.review.screening.ScreeningDecision.Stage;
import org.evsyn.core.review.team.QueueOrder;
import org.evsyn.core.review.team.Reviewer;
import org.evsyn.core.review.team.ScreeningRecord;
import org.evsyn.core.review.team.TeamScreening;
import org.evsyn.core.review.team.Vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The JSON API under {@code /api}: reads go to {@link TeamScreening}'s queries, and the two writes, decide and
 * resolve, are the only way anything reaches the store.
 */
final class ScreeningApi {

    private static final int MAX_QUEUE = 100;

    private final TeamScreening screening;
    private final ScreeningSettings settings;
    private final Sessions sessions;
    private final ObjectMapper mapper;
    private final ScreeningJson json;
    private final PrismaSvg prismaSvg;

    ScreeningApi(TeamScreening screening, ScreeningSettings settings, Sessions sessions, ObjectMapper mapper) {
        this.screening = screening;
        this.settings = settings;
        this.sessions = sessions;
        this.mapper = mapper;
        this.json = new ScreeningJson(mapper);
        this.prismaSvg = new PrismaSvg();
    }

    void signIn(Context ctx) {
        JsonNode body = DecisionBody.tree(mapper, ctx.body());
        String name = DecisionBody.text(body, "name", 200).orElse("");
        String token = DecisionBody.text(body, "token", 200).orElse("");
        Optional<Reviewer> who = token.isEmpty() ? Optional.empty() : screening.signIn(token);
        if (who.isEmpty() || !who.get().name().equals(name.trim())) {
            throw new ApiException(401, "name or token not recognised");
        }
        Session s = sessions.open(who.get());
        ctx.header("Set-Cookie", RequestGuard.COOKIE + "=" + s.id() + "; Path=/; HttpOnly; SameSite=Strict");
        send(ctx, sessionJson(s));
    }

    void signOut(Context ctx) {
        sessions.close(session(ctx).id());
        ctx.header("Set-Cookie", RequestGuard.COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0");
        send(ctx, json.object().put("signedOut", true));
    }

    void whoAmI(Context ctx) {
        send(ctx, sessionJson(session(ctx)));
    }

    void queue(Context ctx) {
        Stage stage = stage(ctx);
        QueueOrder order = order(ctx.queryParam("order"));
        int limit = limit(ctx.queryParam("limit"));
        send(ctx, json.object().set("records", json.records(screening.queue(me(ctx), stage, order, limit))));
    }

    void record(Context ctx) {
        String key = key(ctx);
        Stage stage = stage(ctx);
        ScreeningRecord r = screening.record(key)
                .orElseThrow(() -> new ApiException(404, "no record '" + key + "' in this review"));
        ObjectNode o = json.object();
        o.set("record", json.record(r));
        o.set("votes", json.votes(screening.visibleVotes(me(ctx), key, stage)));
        send(ctx, o);
    }

    void decide(Context ctx) {
        send(ctx, json.object().set("vote", json.vote(screening.decide(me(ctx),
                DecisionBody.read(mapper, ctx.body())))));
    }

    void resolve(Context ctx) {
        send(ctx, json.object().set("vote", json.vote(screening.resolve(me(ctx),
                DecisionBody.read(mapper, ctx.body())))));
    }

    void conflicts(Context ctx) {
        send(ctx, json.object().set("conflicts", json.conflicts(screening.conflicts(stage(ctx)))));
    }

    /**
     * A record's history as the asking reviewer may see it: at a stage still blinded to them (no other reviewer's
     * vote visible yet) only their own votes.
     */
    void history(Context ctx) {
        String key = key(ctx);
        if (screening.record(key).isEmpty()) {
            throw new ApiException(404, "no record '" + key + "' in this review");
        }
        Reviewer me = me(ctx);
        Set<Stage> open = EnumSet.noneOf(Stage.class);
        for (Stage s : Stage.values()) {
            if (screening.visibleVotes(me, key, s).stream().anyMatch(v -> v.reviewer().id() != me.id())) {
                open.add(s);
            }
        }
        List<Vote> shown = screening.history(key).stream()
                .filter(v -> open.contains(v.stage()) || v.reviewer().id() == me.id()).toList();
        ObjectNode o = json.object().put("recordKey", key);
        o.set("votes", json.votes(shown));
        send(ctx, o);
    }

    void progress(Context ctx) {
        Stage stage = stage(ctx);
        send(ctx, json.progress(screening.progress(me(ctx), stage), screening.stoppingHint(stage)));
    }

    void prisma(Context ctx) {
        send(ctx, json.prisma(screening.prisma()));
    }

    void prismaSvg(Context ctx) {
        ctx.contentType("image/svg+xml; charset=utf-8").result(prismaSvg.render(screening.prisma()));
    }

    private ObjectNode sessionJson(Session s) {
        ObjectNode o = json.object();
        o.set("reviewer", json.reviewer(s.reviewer()));
        o.put("csrfToken", s.csrfToken());
        o.set("settings", json.settings(settings));
        ArrayNode team = o.putArray("reviewers");
        screening.reviewers().forEach(r -> team.add(json.reviewer(r)));
        return o;
    }

    private void send(Context ctx, Object node) {
        ctx.contentType("application/json; charset=utf-8").result(json.write(node));
    }

    static Session session(Context ctx) {
        Session s = ctx.attribute(RequestGuard.SESSION);
        if (s == null) {
            throw new ApiException(401, "not signed in");
        }
        return s;
    }

    private static Reviewer me(Context ctx) {
        return session(ctx).reviewer();
    }

    private static Stage stage(Context ctx) {
        String s = ctx.queryParam("stage");
        return s == null ? Stage.TITLE_ABSTRACT : DecisionBody.stage(s);
    }

    private static String key(Context ctx) {
        String key = ctx.queryParam("key");
        if (key == null || key.isBlank()) {
            throw ApiException.badRequest("key: missing (the record key, e.g. ?key=lit:12345)");
        }
        return key;
    }

    private static QueueOrder order(String s) {
        if (s == null) {
            return QueueOrder.RANKED;
        }
        try {
            return QueueOrder.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("order: expected RANKED or RANDOM");
        }
    }

    private static int limit(String s) {
        if (s == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(s.trim());
            if (n < 1 || n > MAX_QUEUE) {
                throw ApiException.badRequest("limit: expected 1 to " + MAX_QUEUE);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("limit: expected a whole number");
        }
    }
}
