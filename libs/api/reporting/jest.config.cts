module.exports = require('../../../jest.api.preset.cjs')('api-reporting', __dirname);
