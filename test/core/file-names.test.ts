import { fileNameParts } from '../../src/core/file-names';

test('a reported path split into folder, stem and extension, with either separator', () => {
  expect(fileNameParts('Khối sự nghiệp/BQL_Di_tich_2023.XLSX')).toEqual({
    dir: 'Khối sự nghiệp/',
    stem: 'BQL_Di_tich_2023',
    ext: '.xlsx',
  });
  expect(fileNameParts('D:\\Cam ket\\van-phong.2023.xlsx')).toEqual({
    dir: 'D:\\Cam ket\\',
    stem: 'van-phong.2023',
    ext: '.xlsx',
  });
  expect(fileNameParts('ghi chu')).toEqual({ dir: '', stem: 'ghi chu', ext: '' });
  expect(fileNameParts('a/.an')).toEqual({ dir: 'a/', stem: '.an', ext: '' });
});
