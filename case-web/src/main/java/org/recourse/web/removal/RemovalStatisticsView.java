package org.recourse.web.removal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.recourse.removal.RemovalStatisticsService;
import org.recourse.removal.stats.PlatformFigures;
import org.recourse.removal.stats.RemovalStatistics;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.FacesMessages;

/**
 * The removal numbers an organisation publishes: per platform, over the requests submitted in a
 * period, how many were removed, how fast, and how many within the legal clock. The period is whole
 * UTC days with both ends included (the API's {@code to} is exclusive; a person picking "to 5
 * November" means the 5th too). Counts only, so any signed-in role may see them.
 */
@Named
@ViewScoped
public class RemovalStatisticsView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final int DEFAULT_DAYS = 90;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal MILLIS_PER_HOUR =
      BigDecimal.valueOf(Duration.ofHours(1).toMillis());
  private static final String NONE = "–";

  private static final Map<String, String> FIELDS =
      Map.of("from", "stats:statsFrom", "to", "stats:statsTo");

  /** One platform's figures as the table shows them. */
  public record FiguresRow(
      String platform,
      int requests,
      int removed,
      String removalRate,
      String medianHours,
      String withinClock)
      implements Serializable {}

  @EJB private RemovalStatisticsService statistics;
  // Read once, when the page opens: not kept with the view.
  @Inject private transient Clock clock;

  private LocalDate from;
  private LocalDate to;

  private LocalDate shownFrom;
  private LocalDate shownTo;
  private List<FiguresRow> rows = List.of();
  private String chart;

  @PostConstruct
  void init() {
    to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    from = to.minusDays(DEFAULT_DAYS);
    show();
  }

  /** Computes the figures of the chosen period for the table and the chart. */
  public void show() {
    if (!periodIsValid()) {
      return;
    }
    try {
      List<PlatformFigures> figures = figures();
      rows = figures.stream().map(RemovalStatisticsView::row).toList();
      chart = chart(figures);
      shownFrom = from;
      shownTo = to;
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
    }
  }

  /** The figures of the chosen period as CSV; null (no download) when the period is invalid. */
  public StreamedContent csv() {
    if (!periodIsValid()) {
      return null;
    }
    try {
      byte[] csv = RemovalStatistics.csv(figures()).getBytes(StandardCharsets.UTF_8);
      return DefaultStreamedContent.builder()
          .name("removal-statistics-" + from + "-to-" + to + ".csv")
          .contentType("text/csv; charset=UTF-8")
          .contentLength((long) csv.length)
          .stream(() -> new ByteArrayInputStream(csv))
          .build();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, FIELDS);
      return null;
    }
  }

  private boolean periodIsValid() {
    if (from == null || to == null) {
      FacesMessages.fieldErrors(
          new InvalidInputException(from == null ? "from" : "to", "choose a date"), FIELDS);
      return false;
    }
    if (to.isBefore(from)) {
      FacesMessages.fieldErrors(
          new InvalidInputException("to", "must be on or after the from date (" + from + ")"),
          FIELDS);
      return false;
    }
    return true;
  }

  private List<PlatformFigures> figures() {
    Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    return statistics.statistics(start, end);
  }

  private static FiguresRow row(PlatformFigures f) {
    return new FiguresRow(
        f.platform(),
        f.requests(),
        f.removed(),
        percent(f.removed(), f.requests()),
        hours(f.medianTimeToRemoval()),
        f.removedWithinClock() == null ? NONE : percent(f.removedWithinClock(), f.withClock()));
  }

  /** A share of counts in percent with one decimal, rounded half up like the CSV. */
  private static String percent(int part, int whole) {
    if (whole == 0) {
      return NONE;
    }
    return BigDecimal.valueOf(part)
            .multiply(HUNDRED)
            .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP)
            .toPlainString()
        + " %";
  }

  private static String hours(Duration duration) {
    if (duration == null) {
      return NONE;
    }
    return BigDecimal.valueOf(duration.toMillis())
        .divide(MILLIS_PER_HOUR, 1, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /**
   * A Chart.js bar chart of requests and removals per platform. The configuration is written into a
   * script, and platform names are typed by people: {@code <}, {@code >} and {@code &} (which can
   * only occur inside JSON strings) are written as Unicode escapes, so that a name cannot close the
   * script element; so are the line separators JavaScript once refused in strings.
   */
  static String chart(List<PlatformFigures> figures) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder requests = Json.createArrayBuilder();
    JsonArrayBuilder removed = Json.createArrayBuilder();
    for (PlatformFigures f : figures) {
      labels.add(f.platform());
      requests.add(f.requests());
      removed.add(f.removed());
    }
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("beginAtZero", true)
            .add("ticks", Json.createObjectBuilder().add("precision", 0));
    String json =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(dataset("Requests", requests, "#3e5c8a"))
                            .add(dataset("Removed", removed, "#2f855a"))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                    .add("scales", Json.createObjectBuilder().add("y", y)))
            .build()
            .toString();
    return json.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour);
  }

  public List<FiguresRow> getRows() {
    return rows;
  }

  public String getChart() {
    return chart;
  }

  public LocalDate getShownFrom() {
    return shownFrom;
  }

  public LocalDate getShownTo() {
    return shownTo;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
