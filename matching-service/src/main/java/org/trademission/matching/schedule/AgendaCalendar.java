package org.trademission.matching.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * An agenda as iCalendar (RFC 5545): times in the mission's timezone with its VTIMEZONE, the counterpart in the
 * summary, the table or video room as location, the interpreter in the description, and the meeting's id as UID
 * with its version as SEQUENCE, so that a calendar client updates a moved meeting instead of adding a second one,
 * and removes a cancelled one (STATUS:CANCELLED).
 */
final class AgendaCalendar {
    static final String UID_DOMAIN = "@trade-mission.matching";

    private AgendaCalendar() {
    }

    static String render(AgendaView agenda) {
        ZoneId zone = ZoneId.of(agenda.timezone());
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        Calendar calendar = new Calendar()
                .add(new ProdId("-//Trade mission platform//Matching service//EN"))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH);
        var timeZone = registry.getTimeZone(zone.getId());
        if (timeZone != null) {
            calendar.add(timeZone.getVTimeZone());
        }
        agenda.meetings().forEach(item -> calendar.add(event(agenda, zone, item, false)));
        agenda.cancelled().forEach(item -> calendar.add(event(agenda, zone, item, true)));
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static VEvent event(AgendaView agenda, ZoneId zone, AgendaView.Item item, boolean cancelled) {
        ZonedDateTime start = item.start().atZoneSameInstant(zone);
        ZonedDateTime end = item.end().atZoneSameInstant(zone);
        VEvent event = new VEvent(start, end, "B2B meeting: " + item.counterpartName() + " — "
                + agenda.missionTitle());
        event.add(new Uid(item.meetingId() + UID_DOMAIN));
        event.add(new Sequence((int) item.version()));
        event.add(cancelled ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String place = item.table() != null ? "Table " + item.table() + (item.sessionName() == null ? ""
                : ", " + item.sessionName()) : item.videoLink();
        if (place != null) {
            event.add(new Location(place));
        }
        if (item.videoLink() != null) {
            event.add(new Url(java.net.URI.create(item.videoLink())));
        }
        StringBuilder description = new StringBuilder("Meeting with ").append(item.counterpartName());
        if (item.sessionName() != null) {
            description.append("\nSession: ").append(item.sessionName());
        }
        if (item.interpreterLanguage() != null) {
            description.append("\nInterpreter: ").append(item.interpreterLanguage());
        }
        if (item.cancellation() != null) {
            description.append("\n").append(item.cancellation());
        }
        event.add(new Description(description.toString()));
        return event;
    }
}
