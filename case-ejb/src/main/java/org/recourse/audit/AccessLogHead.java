package org.recourse.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the access log's chain: how many rows it has and the last row's hash. There is one
 * such row (id 1, written by the migration). Every append locks it, which serialises appends, and
 * moves it on; verification compares the chain's end with it, so removing the last rows is noticed
 * as well as removing or changing any other.
 */
@Entity
@Table(name = "access_log_head")
public class AccessLogHead {

  /** The id of the one head row. */
  public static final int ID = 1;

  @Id private Integer id;

  @Column(name = "entry_count", nullable = false)
  private long count;

  @Column(name = "head_hash", nullable = false)
  private String hash;

  protected AccessLogHead() {}

  void appended(long sequence, String rowHash) {
    this.count = sequence;
    this.hash = rowHash;
  }

  public long getCount() {
    return count;
  }

  public String getHash() {
    return hash;
  }
}
