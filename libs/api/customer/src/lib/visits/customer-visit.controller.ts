import { Controller, Get, Post, Req, StreamableFile } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, DomainError, type Principal, RequirePermissions, UuidParam, ValidationFailedError } from '@niaga/api/core';
import { VISIT_PHOTO_MAX_BYTES, VISIT_PHOTOS_MAX, type VisitView } from '@niaga/shared/contracts';
import type { FastifyRequest } from 'fastify';
import { CustomerVisitService, type NewVisit } from './customer-visit.service';
import { sniffImageType } from './photo-type';

/** Reads the multipart form: visitedAt, notes, photos[] (JPEG/PNG/WebP by content, ≤ 5 MB each, ≤ 5). */
async function readVisitForm(request: FastifyRequest): Promise<NewVisit> {
  if (!request.isMultipart()) throw new ValidationFailedError([{ field: '(body)', message: 'Send multipart/form-data.' }]);
  const fields: Record<string, string> = {};
  const photos: NewVisit['photos'] = [];
  const errors: { field: string; message: string }[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        if (!['visitedAt', 'notes'].includes(part.fieldname)) errors.push({ field: part.fieldname, message: 'Unknown field.' });
        else fields[part.fieldname] = String(part.value);
        continue;
      }
      if (part.fieldname !== 'photos' && part.fieldname !== 'photos[]') {
        errors.push({ field: part.fieldname, message: 'Unknown file field; use photos.' });
        await part.toBuffer();
        continue;
      }
      const bytes = await part.toBuffer();
      const type = sniffImageType(bytes);
      if (!type) errors.push({ field: `photos.${photos.length}`, message: `${part.filename || 'file'} is not a JPEG, PNG or WebP image.` });
      else photos.push({ bytes, ...type });
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new DomainError(413, 'PAYLOAD_TOO_LARGE', 'Payload too large', `A photo is larger than ${VISIT_PHOTO_MAX_BYTES / 1024 / 1024} MB.`, [
        { field: 'photos', message: `At most ${VISIT_PHOTO_MAX_BYTES / 1024 / 1024} MB per photo.` },
      ]);
    }
    if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT') {
      throw new ValidationFailedError([{ field: 'photos', message: `At most ${VISIT_PHOTOS_MAX} photos.` }]);
    }
    throw error;
  }
  const visitedAt = fields['visitedAt'] ? new Date(fields['visitedAt']) : new Date();
  if (fields['visitedAt'] && (Number.isNaN(visitedAt.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(fields['visitedAt']))) {
    errors.push({ field: 'visitedAt', message: 'Use an ISO date-time, e.g. 2026-11-22T09:30:00+07:00.' });
  }
  if ((fields['notes'] ?? '').length > 2000) errors.push({ field: 'notes', message: 'At most 2000 characters.' });
  if (errors.length) throw new ValidationFailedError(errors, 'The visit has invalid fields; nothing was saved.');
  return { visitedAt, notes: fields['notes']?.trim() || null, photos };
}

@ApiTags('customers')
@Controller('customers')
export class CustomerVisitController {
  constructor(private readonly visits: CustomerVisitService) {}

  @Post(':id/visits')
  @RequirePermissions('customers:write')
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: {
        visitedAt: { type: 'string', format: 'date-time' },
        notes: { type: 'string', maxLength: 2000 },
        photos: { type: 'array', items: { type: 'string', format: 'binary' }, maxItems: VISIT_PHOTOS_MAX },
      },
    },
  })
  @ApiOperation({ summary: 'Record a visit (time, notes, photos: JPEG/PNG/WebP ≤ 5 MB, ≤ 5); lastVisitAt becomes the latest visit.' })
  async record(@CurrentPrincipal() actor: Principal, @UuidParam() id: string, @Req() request: FastifyRequest): Promise<VisitView> {
    return this.visits.record(actor, id, await readVisitForm(request));
  }

  @Get(':id/visits')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'Visit history, latest first, with photo links.' })
  list(@UuidParam() id: string): Promise<VisitView[]> {
    return this.visits.list(id);
  }

  @Get(':id/visits/:visitId/photos/:photoId')
  @RequirePermissions('customers:read')
  @ApiOperation({ summary: 'A visit photo.' })
  async photo(@UuidParam() id: string, @UuidParam('visitId') visitId: string, @UuidParam('photoId') photoId: string): Promise<StreamableFile> {
    const photo = await this.visits.photo(id, visitId, photoId);
    return new StreamableFile(photo.stream, { type: photo.contentType, length: photo.size, disposition: 'inline' });
  }
}
