import { Controller, Get } from '@nestjs/common';
import { createTestApp } from '../../testing';

@Controller('forgotten')
class ForgottenController {
  @Get()
  open(): string {
    return 'nobody declared who may call this';
  }
}

describe('routes must declare their permission', () => {
  it('refuses to start an app with an undeclared route', async () => {
    await expect(createTestApp({ imports: [{ module: class ForgottenModule {}, controllers: [ForgottenController] }] })).rejects.toThrow(
      /Undeclared: GET \/forgotten/,
    );
  });
});
