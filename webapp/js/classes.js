// Names of the ten classes of each dataset the site ships.

const FASHION = ['T-shirt/top', 'Trouser', 'Pullover', 'Dress', 'Coat',
                 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Ankle boot'];

const DATASET_TITLES = { mnist: 'MNIST (handwritten digits)', fashion: 'Fashion-MNIST (clothing)' };

/** Class names for a dataset id; digits for MNIST and for a model whose dataset is unknown. */
export function classNames(dataset) {
  return dataset === 'fashion' ? FASHION : Array.from({ length: 10 }, (_, i) => String(i));
}

/** "3 Dress" for Fashion-MNIST, "3" for digits: always starts with the class index. */
export function classLabel(dataset, index) {
  return dataset === 'fashion' ? `${index} ${FASHION[index]}` : String(index);
}

export function datasetTitle(dataset) {
  return DATASET_TITLES[dataset] ?? 'an unknown dataset';
}
