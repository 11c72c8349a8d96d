package org.recourse.web.removal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.recourse.removal.PlatformService;
import org.recourse.removal.RemovalCommands.PlatformChanges;
import org.recourse.removal.RemovalNoticeService;
import org.recourse.removal.RemovalViews.PlatformView;
import org.recourse.removal.notice.LegalBasis;
import org.recourse.shared.InvalidInputException;
import org.recourse.shared.NotFoundException;
import org.recourse.shared.StaleDataException;
import org.recourse.web.FacesMessages;

/**
 * The administrators' page of the platform catalogue and the notice templates. A platform's hosts
 * decide which platform a pasted URL goes to, and its bases which notices it takes; a template may
 * be reworded but must keep every placeholder its legal basis requires (the service refuses it
 * otherwise). A platform is saved with the version it was read at, so a correction made meanwhile
 * by someone else is never overwritten.
 */
@Named
@ViewScoped
public class RemovalAdminView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<String, String> PLATFORM_FIELDS =
      Map.of(
          "name", "platforms:platformName",
          "formUrl", "platforms:platformFormUrl",
          "email", "platforms:platformEmail",
          "notes", "platforms:platformNotes",
          "hosts", "platforms:platformHosts",
          "bases", "platforms:platformBases");

  private static final Map<String, String> TEMPLATE_FIELDS =
      Map.of("body", "templates:templateBody");

  @EJB private PlatformService platformService;
  @EJB private RemovalNoticeService notices;

  /** Read again after the view is restored from a serialized session. */
  private transient List<PlatformView> platforms;

  private Long platformId;
  private long platformVersion;
  private String platformName;
  private String platformFormUrl;
  private String platformEmail;
  private String platformNotes;
  private String platformHosts;
  private LegalBasis[] platformBases = new LegalBasis[0];

  private LegalBasis templateBasis = LegalBasis.TAKE_IT_DOWN;
  private String templateBody;

  @PostConstruct
  void init() {
    loadTemplate();
  }

  public List<PlatformView> getPlatforms() {
    if (platforms == null) {
      platforms = platformService.platforms();
    }
    return platforms;
  }

  /** Fills the form with the platform as it is now. */
  public void selectPlatform(long id) {
    platforms = null;
    getPlatforms().stream().filter(p -> p.id() == id).findFirst().ifPresent(this::fill);
  }

  public void savePlatform() {
    if (platformId == null) {
      return;
    }
    PlatformChanges changes =
        new PlatformChanges(
            platformName,
            platformFormUrl,
            platformEmail,
            platformNotes,
            hosts(platformHosts),
            Set.copyOf(Arrays.asList(platformBases)),
            platformVersion);
    try {
      PlatformView saved = platformService.changePlatform(platformId, changes);
      platforms = null;
      fill(saved);
      FacesMessages.info(saved.name() + " saved.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, PLATFORM_FIELDS);
    } catch (StaleDataException e) {
      platforms = null;
      FacesMessages.error(
          "Someone changed "
              + platformName
              + " meanwhile: reload it (select it again in the table) and make your change again.");
    } catch (NotFoundException e) {
      platforms = null;
      platformId = null;
      FacesMessages.error(e.getMessage());
    }
  }

  public void closePlatform() {
    platformId = null;
  }

  /** Loads the template in force for the chosen basis, replacing what the form held. */
  public void loadTemplate() {
    templateBody = notices.template(templateBasis);
  }

  public void saveTemplate() {
    try {
      templateBody = notices.changeTemplate(templateBasis, templateBody);
      FacesMessages.info("Notice template for " + templateBasis.label() + " saved.");
    } catch (InvalidInputException e) {
      FacesMessages.fieldErrors(e, TEMPLATE_FIELDS);
    }
  }

  /** The platform's hosts for the table; the catch-all platform has none of its own. */
  public String hostsOf(PlatformView platform) {
    return platform.otherHost() && platform.hosts().isEmpty()
        ? "any host no other platform has"
        : String.join(", ", platform.hosts());
  }

  public String basesOf(PlatformView platform) {
    return platform.bases().stream().map(LegalBasis::label).collect(Collectors.joining("; "));
  }

  /** The placeholders a template of the chosen basis must keep, as they are written in it. */
  public String getRequiredPlaceholders() {
    return templateBasis.requiredFields().stream()
        .map(f -> "{{" + f + "}}")
        .collect(Collectors.joining(", "));
  }

  public LegalBasis[] getLegalBases() {
    return LegalBasis.values();
  }

  public boolean isPlatformSelected() {
    return platformId != null;
  }

  private void fill(PlatformView platform) {
    platformId = platform.id();
    platformVersion = platform.version();
    platformName = platform.name();
    platformFormUrl = platform.formUrl();
    platformEmail = platform.email();
    platformNotes = platform.notes();
    platformHosts = String.join(", ", platform.hosts());
    platformBases = platform.bases().toArray(LegalBasis[]::new);
  }

  /**
   * The hosts typed as a comma-separated list (line breaks count as commas); each entry is passed
   * on as typed, so that the service names the one it refuses.
   */
  private static Set<String> hosts(String text) {
    Set<String> hosts = new LinkedHashSet<>();
    if (text == null) {
      return hosts;
    }
    for (String entry : text.split("[,\\r\\n]+")) {
      if (!entry.isBlank()) {
        hosts.add(entry.strip());
      }
    }
    return hosts;
  }

  public String getPlatformName() {
    return platformName;
  }

  public void setPlatformName(String platformName) {
    this.platformName = platformName;
  }

  public String getPlatformFormUrl() {
    return platformFormUrl;
  }

  public void setPlatformFormUrl(String platformFormUrl) {
    this.platformFormUrl = platformFormUrl;
  }

  public String getPlatformEmail() {
    return platformEmail;
  }

  public void setPlatformEmail(String platformEmail) {
    this.platformEmail = platformEmail;
  }

  public String getPlatformNotes() {
    return platformNotes;
  }

  public void setPlatformNotes(String platformNotes) {
    this.platformNotes = platformNotes;
  }

  public String getPlatformHosts() {
    return platformHosts;
  }

  public void setPlatformHosts(String platformHosts) {
    this.platformHosts = platformHosts;
  }

  public LegalBasis[] getPlatformBases() {
    return platformBases;
  }

  public void setPlatformBases(LegalBasis[] platformBases) {
    this.platformBases = platformBases == null ? new LegalBasis[0] : platformBases;
  }

  public LegalBasis getTemplateBasis() {
    return templateBasis;
  }

  public void setTemplateBasis(LegalBasis templateBasis) {
    this.templateBasis = templateBasis;
  }

  public String getTemplateBody() {
    return templateBody;
  }

  public void setTemplateBody(String templateBody) {
    this.templateBody = templateBody;
  }
}
