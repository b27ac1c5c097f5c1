package org.aigov.kg.timeline;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Date literals become the stretch of time they name, at their own precision. */
class TimeSpanTest {
    @Test
    void aYearIsTheWholeYear() {
        assertEquals(new TimeSpan(LocalDate.of(2030, 1, 1), LocalDate.of(2031, 1, 1), "year"), TimeSpan.parse("2030"));
    }

    @Test
    void aYearMonthIsTheWholeMonth() {
        assertEquals(new TimeSpan(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1), "month"), TimeSpan.parse("2026-12"));
    }

    @Test
    void aDateIsOneDayAndATimeZoneOrTimeIsIgnored() {
        assertEquals(new TimeSpan(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), "day"), TimeSpan.parse("2026-02-28"));
        assertEquals("day", TimeSpan.parse("2026-02-28Z").precision());
        assertEquals("day", TimeSpan.parse("2026-02-28T10:00:00").precision());
    }

    @Test
    void whatIsNoDateIsNoSpan() {
        assertNull(TimeSpan.parse("April 2026"));
        assertNull(TimeSpan.parse("2026-13"));
        assertNull(TimeSpan.parse("2026-02-30"));
    }
}
