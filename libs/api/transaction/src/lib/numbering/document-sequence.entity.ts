import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number given per document prefix and year (SO-2026-000123): gapless, one row per series. */
@Entity('document_sequence')
export class DocumentSequenceEntity {
  @PrimaryColumn({ type: 'varchar', length: 8 })
  prefix!: string;

  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'int' })
  lastValue!: number;
}
