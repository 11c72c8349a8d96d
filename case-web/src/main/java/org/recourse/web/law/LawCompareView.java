package org.recourse.web.law;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.recourse.law.LawService;
import org.recourse.law.LawService.JurisdictionComparison;
import org.recourse.shared.InvalidInputException;
import org.recourse.web.FacesMessages;

/**
 * The "Compare law" page: chosen jurisdictions side by side (civil action, deepfakes, threats,
 * doxxing, limitation periods, criminal offences, removal clocks), each with its parents' law, and
 * the same table as CSV.
 */
@Named
@ViewScoped
public class LawCompareView implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB private LawService law;

  private Map<String, String> catalogue;
  private List<String> chosen = new ArrayList<>(List.of("US-WA", "AU-NSW"));
  private List<JurisdictionComparison> rows = List.of();

  @PostConstruct
  void init() {
    catalogue = new LinkedHashMap<>();
    law.jurisdictions().forEach(j -> catalogue.put(j.code(), j.code() + " – " + j.name()));
    chosen.removeIf(code -> !catalogue.containsKey(code));
    compare();
  }

  /** Compares the chosen jurisdictions; a bad choice is named beside the selector. */
  public void compare() {
    try {
      rows = law.compare(chosen);
    } catch (InvalidInputException e) {
      rows = List.of();
      FacesMessages.fieldErrors(e, Map.of("jurisdiction", "compare:jurisdictions"));
    }
  }

  /** The comparison as CSV; null (no download) when the choice is invalid. */
  public StreamedContent csv() {
    try {
      byte[] csv = law.compareCsv(chosen).getBytes(StandardCharsets.UTF_8);
      return DefaultStreamedContent.builder()
          .name("law-comparison.csv")
          .contentType("text/csv; charset=UTF-8")
          .contentLength((long) csv.length)
          .stream(() -> new ByteArrayInputStream(csv))
          .build();
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, Map.of("jurisdiction", "compare:jurisdictions"));
      return null;
    }
  }

  public Map<String, String> getCatalogue() {
    return catalogue;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public void setChosen(List<String> chosen) {
    this.chosen = chosen == null ? new ArrayList<>() : new ArrayList<>(chosen);
  }

  public List<JurisdictionComparison> getRows() {
    return rows;
  }
}
