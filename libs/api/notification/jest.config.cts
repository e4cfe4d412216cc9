module.exports = require('../../../jest.api.preset.cjs')('api-notification', __dirname);
